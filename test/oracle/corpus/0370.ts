// oracle: seed 370, closed, raises at 6: input.size(-1) must be equal to input_size. Expected 8, got 4
import * as rl from "rnnlens";
const { torch, nn } = rl;

const pair_0 = [new nn.GRU(4, 8), new nn.GRU(8, 8)];
pair_0[1].forward(torch.randn(2, 2, 4));

const cell_1 = new nn.LSTMCell(4, 7);
const xs_1 = torch.randn(1, 1, 4);
let h_1 = torch.zeros(1, 7);
let c_1 = torch.zeros(1, 7);
let t_1 = 0;
while (t_1 < 1) {
  [h_1, c_1] = cell_1.forward(xs_1.select(0, t_1), [h_1, c_1]);
  t_1 += 1;
}

const cfg_2 = { inputSize: 5, hiddenSize: 8, numLayers: 1 };
if (cfg_2.inputSize > 1) cfg_2.numLayers = 1;
const m_2 = new nn.GRU(cfg_2.inputSize, cfg_2.hiddenSize, cfg_2.numLayers);
const [o_2, h_2] = m_2.forward(torch.randn(5, 4, 5), torch.zeros(cfg_2.numLayers, 4, 8));
