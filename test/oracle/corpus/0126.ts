// oracle: seed 126, closed, raises at 7: Expected hidden size (2, 3, 7), got [4, 3, 7]
const { torch, nn } = require("rnnlens");

const { RNN: RNN_0 } = nn;
const m_0 = new RNN_0(5, 7, { numLayers: 2 });
const x_0 = torch.ones(2, 3, 5);
const [out_0, st_0] = m_0.forward(x_0, torch.zeros(4, 3, 7));
const head_0 = new nn.Linear(7, 3);
const y_0 = head_0.forward(out_0);
const n_0 = out_0.size(1) * st_0.size(0);

const layers_1 = [new nn.RNN(3, 7), new nn.RNN(7, 5), new nn.RNN(5, 8)];
let y_1 = torch.randn(3, 3, 3);
layers_1.forEach((layer) => {
  [y_1] = layer.forward(y_1);
});
const z_1 = new nn.Linear(8, 3).forward(y_1);

const makeStep_2 = (layer: any) => (x: any) => layer.forward(x)[0];
const step_2 = makeStep_2(new nn.GRU(8, 4));
const y_2 = step_2(torch.randn(2, 2, 8));
function counter_2() {
  let calls = 0;
  return () => (calls += 1);
}
const next_2 = counter_2();
next_2();
