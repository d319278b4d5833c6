// oracle: seed 174, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const m_0 = new nn.GRU(3, 6);
const outs_0 = [torch.randn(2, 3, 3), torch.randn(2, 3, 3)].map((x) => m_0.forward(x)[0]);

const cell_1 = new nn.GRUCell(5, 7);
const xs_1 = torch.randn(1, 1, 5);
let h_1 = torch.zeros(1, 7);
let t_1 = 0;
while (t_1 < 1) {
  h_1 = cell_1.forward(xs_1.select(0, t_1), h_1);
  t_1 += 1;
}

const apply_2 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const { RNN: RNN_2a } = nn;
const a_2 = new RNN_2a(7, 4, { num_layers: 2, batchFirst: true, bidirectional: true });
const { GRU: GRU_2b } = nn;
const b_2 = new GRU_2b(6, 2, { batchFirst: true });
const oa_2 = apply_2(a_2, torch.ones(2, 3, 7));
const ob_2 = apply_2(b_2, torch.randn([3, 2, 6]));
