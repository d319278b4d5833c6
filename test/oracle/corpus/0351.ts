// oracle: seed 351, closed, raises at 4: input.size(-1) must be equal to input_size. Expected 9, got 18
const { torch, nn } = require("rnnlens");

const apply_0 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const a_0 = new nn.RNN(7, 3, { numLayers: 1, batchFirst: true });
const { GRU: GRU_0b } = nn;
const b_0 = new GRU_0b(9, 9, { num_layers: 3, batchFirst: false, bidirectional: true });
const shape_0_24 = [2, 3, 7];
const oa_0 = apply_0(a_0, torch.randn(...shape_0_24));
const ob_0 = apply_0(b_0, torch.ones(2, 3, 18));

const cell_1 = new nn.LSTMCell(6, 3);
const xs_1 = torch.randn(4, 4, 6);
let h_1 = torch.zeros(4, 3);
let c_1 = torch.zeros(4, 3);
let t_1 = 0;
while (t_1 < 4) {
  [h_1, c_1] = cell_1.forward(xs_1.select(0, t_1), [h_1, c_1]);
  t_1 += 1;
}
