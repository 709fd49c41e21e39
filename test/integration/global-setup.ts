// Placeholder: replaced by the control-plane global setup.
export default function setup(): void {}
