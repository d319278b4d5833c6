// oracle: seed 266, closed, raises at 7: zeros(): argument 'size' must be tuple of SymInts, but found element of type float at pos 1
import rl from "rnnlens";

const m_0 = new rl.nn.LSTM(4, 3);
const [o_0, [h_0, c_0]] = m_0.forward(rl.torch.randn(2, 3, 4));
const r_0_0 = o_0.permute(0, 2, 1).contiguous();
const r_0_1 = rl.torch.zeros(3 / 2, 3);
const r_0_2 = o_0.select(1, 0).t();
const r_0_3 = o_0.detach().clone().contiguous();
const n_0 = o_0.numel() + o_0.dim() + o_0.size(0);
m_0.eval();
m_0.train();

const m_1 = new rl.nn.GRU(2, 2);
Promise.resolve(rl.torch.randn(2, 3, 4)).then((x) => m_1.forward(x));

const apply_2 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const args_2a: [number, number, number] = [3, 3, 1];
const a_2 = new rl.nn.GRU(...args_2a);
const hp_2b = { inputSize: 2, hiddenSize: 5, numLayers: 1 };
const b_2 = new rl.nn.RNN({ ...hp_2b, numLayers: 3, batchFirst: true });
const oa_2 = apply_2(a_2, rl.torch.ones(3, 2, 3));
const ob_2 = apply_2(b_2, rl.torch.randn([3, 2, 2]));
