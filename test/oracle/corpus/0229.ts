// oracle: seed 229, closed, raises at 13: view(): argument 'size' must be tuple of SymInts, but found element of type float at pos 1
const { torch, nn } = require("rnnlens");

const layers_0 = [new nn.RNN(4, 8)];
let y_0 = torch.randn(1, 3, 4);
for (const layer of layers_0) {
  [y_0] = layer.forward(y_0);
}
const z_0 = new nn.Linear(8, 3).forward(y_0);

const m_1 = new nn.LSTM(4, 4);
const [o_1, [h_1, c_1]] = m_1.forward(torch.randn(3, 3, 4));
const r_1_0 = o_1.view(9 / 2, -1);
const r_1_1 = o_1.select(0, 3 / 2);
const r_1_2 = o_1.select(0, 3 / 2);
const n_1 = o_1.numel() + o_1.dim() + o_1.size(0);

const m_2 = new nn.GRU(5, 5);
const outs_2 = [torch.randn(2, 3, 5), torch.randn(2, 3, 5)].map((x) => m_2.forward(x)[0]);
