// oracle: seed 226, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const makeStep_0 = (layer: any) => (x: any) => layer.forward(x)[0];
const step_0 = makeStep_0(new nn.GRU(5, 2));
const y_0 = step_0(torch.randn(2, 2, 5));
function counter_0() {
  let calls = 0;
  return () => (calls += 1);
}
const next_0 = counter_0();
next_0();

const m_1 = new nn.GRU(5, 6);
let w_1 = 6;
[1, 2].forEach(() => {
  w_1 = 5;
});
m_1.forward(torch.randn(2, 3, w_1));
