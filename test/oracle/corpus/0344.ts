// oracle: seed 344, closed, raises at 14: input.size(-1) must be equal to input_size. Expected 2, got 4
const { torch, nn } = require("rnnlens");

const opts_0 = { layers: 1 };
const m_0 = new nn.GRU(4, 8, opts_0?.layers ?? 1);
m_0.forward(torch.randn(2, 2, 4), torch.zeros(opts_0.layers, 2, 8));

const m_1 = new nn.GRU(6, 4);
it("runs the layer", () => {
  m_1.forward(torch.randn(2, 3, 6));
});

function apply_2(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const a_2 = new nn.LSTM(4, 8, 2);
const b_2 = new nn.LSTM({ inputSize: 2, hidden_size: 7, batchFirst: false, dropout: 0 });
const oa_2 = apply_2(a_2, torch.ones([3, 2, 4]));
const ob_2 = apply_2(b_2, torch.ones(2, 3, 4));
