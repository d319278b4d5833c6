// oracle: seed 313, closed, runs cleanly
import { torch, nn } from "rnnlens";

const cfg_0 = { inputSize: 8, hiddenSize: 6, numLayers: 1 };
function setLayers_0(c: { numLayers: number }, n: number): void {
  c.numLayers = n;
}
setLayers_0(cfg_0, 3);
const m_0 = new nn.RNN(cfg_0.inputSize, cfg_0.hiddenSize, cfg_0.numLayers);
const [o_0, h_0] = m_0.forward(torch.randn(3, 1, 8), torch.zeros(cfg_0.numLayers, 1, 6));

const m_1 = new nn.GRU(8, 4);
const outs_1 = [torch.randn(2, 3, 8), torch.randn(2, 3, 8)].map((x) => m_1.forward(x)[0]);

const { GRU: GRU_2 } = nn;
const m_2 = new GRU_2(3, 6, { numLayers: 3 });
const x_2 = torch.randn(2, 4, 3);
const [out_2, st_2] = m_2.forward(x_2);
const n_2 = out_2.size(1) * st_2.size(0);
