// oracle: seed 281, closed, raises at 13: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
import { torch, nn } from "rnnlens";

const layers_0 = [new nn.RNN(4, 7)];
let y_0 = torch.randn(3, 1, 4);
for (const layer of layers_0) {
  [y_0] = layer.forward(y_0);
}
const z_0 = new nn.Linear(7, 3).forward(y_0);

const m_1 = new nn.GRU(3, 4);
const [o_1] = m_1.forward(torch.randn(3, 3, 3));
const v_1 = o_1.transpose(0, 1).view(3, -1);
