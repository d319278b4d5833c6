// oracle: seed 253, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const layers_0 = [new nn.GRU(5, 5)];
let y_0 = torch.randn(2, 3, 5);
for (const layer of layers_0) {
  [y_0] = layer.forward(y_0);
}
const z_0 = new nn.Linear(5, 3).forward(y_0);

let feats_1 = 3;
for (let i = 0; i < 3; i++) feats_1 = feats_1 + 3;
const m_1 = new nn.GRU(feats_1, 4);
m_1.forward(torch.randn(2, 2, feats_1));
