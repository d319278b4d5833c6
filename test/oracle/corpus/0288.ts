// oracle: seed 288, closed, raises at 15: input.size(-1) must be equal to input_size. Expected 6, got 8
const { torch, nn } = require("rnnlens");

function apply_0(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const args_0a: [number, number, number] = [3, 9, 3];
const a_0 = new nn.GRU(...args_0a);
const b_0 = new nn.RNN(7, 7, { batch_first: true });
const oa_0 = apply_0(a_0, torch.rand(3, 2, 3));
const ob_0 = apply_0(b_0, torch.zeros(3, 2, 7));

function apply_1(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const a_1 = new nn.GRU({ inputSize: 6, hidden_size: 4, batchFirst: true, bidirectional: true });
const b_1 = new nn.GRU({ input_size: 2, hiddenSize: 2, batchFirst: true });
const oa_1 = apply_1(a_1, torch.randn(2, 3, 8));
const ob_1 = apply_1(b_1, torch.randn(3, 2, 2));

const m_2 = new nn.LSTM(4, 2);
const [o_2, [h_2, c_2]] = m_2.forward(torch.randn(2, 1, 4));
const r_2_0 = o_2.slice(0, 0, 1);
const r_2_1 = o_2.slice(0, 0, 1);
const n_2 = o_2.numel() + o_2.dim() + o_2.size(-1);
m_2.eval();
m_2.train();
