// oracle: seed 264, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const makeStep_0 = (layer: any) => (x: any) => layer.forward(x)[0];
const step_0 = makeStep_0(new nn.GRU(3, 2));
const y_0 = step_0(torch.randn(2, 2, 3));
function counter_0() {
  let calls = 0;
  return () => (calls += 1);
}
const next_0 = counter_0();
next_0();

const cell_1 = new nn.LSTMCell(2, 6);
const xs_1 = torch.randn(4, 1, 2);
let h_1 = torch.zeros(1, 6);
let c_1 = torch.zeros(1, 6);
for (let t_1 = 0; t_1 < 6; t_1++) {
  if (t_1 >= 4) break;
  [h_1, c_1] = cell_1.forward(xs_1.select(0, t_1), [h_1, c_1]);
}
