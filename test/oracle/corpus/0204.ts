// oracle: seed 204, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const { RNN: RNN_0 } = nn;
const m_0 = new RNN_0(4, 8);
const x_0 = torch.zeros([1, 2, 4]);
const [out_0, st_0] = m_0.forward(x_0);
const head_0 = new nn.Linear(8, 5);
const y_0 = head_0.forward(out_0);
const last_0 = y_0.select(0, -1);

const apply_1 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const args_1a: [number, number, number] = [2, 8, 3];
const a_1 = new nn.RNN(...args_1a);
const b_1 = new nn.GRU(8, 5, { num_layers: 2, batchFirst: false });
const oa_1 = apply_1(a_1, torch.zeros(3, 2, 2));
const ob_1 = apply_1(b_1, torch.randn([2, 3, 8]));
