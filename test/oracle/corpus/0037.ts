// oracle: seed 37, closed, raises at 7: view(): argument 'size' must be tuple of SymInts, but found element of type float at pos 1
const { torch, nn } = require("rnnlens");

const m_0 = new nn.LSTM(4, 4);
const [o_0, [h_0, c_0]] = m_0.forward(torch.randn(4, 1, 4));
const r_0_0 = o_0.flatten(1, 2);
const r_0_1 = o_0.view(4 / 3, -1);
const n_0 = o_0.numel() + o_0.dim() + o_0.size(0);
m_0.eval();
m_0.train();

const apply_1 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const a_1 = new nn.RNN(8, 4, { numLayers: 2 });
const b_1 = new nn.GRU(4, 4, { numLayers: 2, batchFirst: true, dropout: 0.1 });
const oa_1 = apply_1(a_1, torch.randn([3, 2, 8]));
const shape_1_4110 = [3, 2, 4];
const ob_1 = apply_1(b_1, torch.rand(...shape_1_4110));

const m_2 = new nn.GRU(7, 4);
setTimeout(() => m_2.forward(torch.randn(2, 3, 7)), 10);
