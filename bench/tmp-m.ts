import { measure, ACTIONS } from "./measure";
const m = measure(Number(process.argv[2]), Number(process.argv[3]));
for (const a of ACTIONS) { const x = m.actions[a]!; console.log(a.padEnd(22), x.calls, x.flushes, x.seconds.toFixed(1)); }
console.log("cells", m.cells);
for (const a of (process.argv[4] ?? "").split(";").filter(Boolean)) { console.log(a, [...m.actions[a]!.byMethod].sort((a,b)=>b[1]-a[1]).slice(0,14)); }
