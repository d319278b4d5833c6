// oracle: seed 74, closed, raises at 6: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
import { torch, nn } from "rnnlens";

const m_0 = new nn.GRU(3, 3);
const [o_0] = m_0.forward(torch.randn(3, 3, 3));
const v_0 = o_0.transpose(1, 2).view(3, 9, -1);

const pair_1 = [new nn.GRU(6, 8), new nn.GRU(8, 8)];
pair_1[0].forward(torch.randn(2, 2, 6));

const hp_2 = { inputSize: 9, hiddenSize: 7, numLayers: 1 };
const m_2 = new nn.RNN({ ...hp_2, numLayers: 1, bidirectional: true });
const x_2 = torch.rand(2, 1, 9);
const [out_2, st_2] = m_2.forward(x_2);
