// oracle: seed 346, closed, runs cleanly
import { torch, nn } from "rnnlens";

const cfg_0 = { inputSize: 9, hiddenSize: 6, numLayers: 1 };
Object.assign(cfg_0, { numLayers: 1 });
const m_0 = new nn.GRU(cfg_0.inputSize, cfg_0.hiddenSize, cfg_0.numLayers);
const [o_0, h_0] = m_0.forward(torch.randn(1, 4, 9), torch.zeros(cfg_0.numLayers, 4, 6));

const rnn_1 = new nn.GRU(5, 6);
const cell_1 = new nn.GRUCell(5, 6);
const x_1 = torch.randn(4, 3, 5);
const r_1 = x_1.dim() === 3 ? rnn_1.forward(x_1)[0] : cell_1.forward(x_1);

const m_2 = new nn.GRU(5, 3);
const outs_2 = [torch.randn(2, 3, 5), torch.randn(2, 3, 5)].map((x) => m_2.forward(x)[0]);
