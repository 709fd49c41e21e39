export * as release from './release';
export * as provider from './provider';
