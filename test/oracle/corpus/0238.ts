// oracle: seed 238, closed, raises at 7: input.size(-1) must be equal to input_size. Expected 4, got 3
import rl from "rnnlens";

let feats_0 = 4;
for (let i = 0; i < 0; i++) feats_0 = feats_0 + 2;
const m_0 = new rl.nn.GRU(feats_0, 4);
m_0.forward(rl.torch.randn(2, 2, 3));

const layers_1 = [new rl.nn.GRU(8, 7)];
let y_1 = rl.torch.randn(5, 1, 8);
for (const layer of layers_1) {
  [y_1] = layer.forward(y_1);
}
const z_1 = new rl.nn.Linear(7, 3).forward(y_1);

let feats_2 = 2;
for (let i = 0; i < 3; i++) feats_2 = feats_2 + 1;
const m_2 = new rl.nn.GRU(feats_2, 4);
m_2.forward(rl.torch.randn(2, 2, feats_2));
