export async function deep(): Promise<void> {}
