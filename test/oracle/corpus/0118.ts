// oracle: seed 118, closed, raises at 11: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
import { torch, nn } from "rnnlens";

const m_0 = new nn.LSTM(3, 3, { numLayers: 2, batch_first: true });
const x_0 = torch.rand(2, 1, 3);
const shape_0_4589 = [2, 2, 3];
const [out_0, st_0] = m_0.forward(x_0, [torch.zeros(...shape_0_4589), torch.rand([2, 2, 3])]);

const m_1 = new nn.GRU(3, 4);
const [o_1] = m_1.forward(torch.randn(4, 4, 3));
const v_1 = o_1.transpose(0, 1).view(4, -1);
