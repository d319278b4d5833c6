// oracle: seed 287, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const makeStep_0 = (layer: any) => (x: any) => layer.forward(x)[0];
const step_0 = makeStep_0(new nn.GRU(7, 4));
const y_0 = step_0(torch.randn(2, 2, 7));
function counter_0() {
  let calls = 0;
  return () => (calls += 1);
}
const next_0 = counter_0();
next_0();

const makeStep_1 = (layer: any) => (x: any) => layer.forward(x)[0];
const step_1 = makeStep_1(new nn.GRU(4, 3));
const y_1 = step_1(torch.randn(2, 2, 4));
function counter_1() {
  let calls = 0;
  return () => (calls += 1);
}
const next_1 = counter_1();
next_1();
