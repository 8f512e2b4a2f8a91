/** "1 agent", "1,204 agents". */
export const countOf = (n: number) => (n === 1 ? '1 agent' : `${n.toLocaleString()} agents`);
