// oracle: seed 101, closed, runs cleanly
import { torch, nn } from "rnnlens";

let feats_0 = 4;
for (let i = 0; i < 3; i++) feats_0 = feats_0 + 2;
const m_0 = new nn.GRU(feats_0, 4);
m_0.forward(torch.randn(2, 2, feats_0));

const m_1 = new nn.GRU(3, 3);
const [o_1] = m_1.forward(torch.randn(2, 2, 3));
const v_1 = o_1.transpose(1, 2).view(2, 3, -1);

const layers_2 = [new nn.GRU(2, 2)];
let y_2 = torch.randn(2, 1, 2);
for (let i = 0; i < layers_2.length; i++) {
  const [next] = layers_2[i].forward(y_2);
  y_2 = next;
}
const z_2 = new nn.Linear(2, 3).forward(y_2);
