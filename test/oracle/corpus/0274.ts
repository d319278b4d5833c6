// oracle: seed 274, closed, raises at 6: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
const { torch, nn } = require("rnnlens");

const m_0 = new nn.GRU(3, 3);
const [o_0] = m_0.forward(torch.randn(2, 3, 3));
const v_0 = o_0.transpose(0, 1).view(3, -1);
const s_0 = torch.zeros(...v_0.shape);

const cell_1 = new nn.GRUCell(2, 5);
for (let e = 0; e < 1; e++) {
  let h = torch.zeros(2, 5);
  for (let t = 0; t < 3; t++) {
    h = cell_1.forward(torch.randn(2, 2), h);
  }
}

const apply_2 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const a_2 = new nn.GRU(4, 3, { numLayers: 1, batchFirst: true });
const b_2 = new nn.GRU(2, 5, { num_layers: 2 });
const shape_2_9258 = [2, 3, 4];
const oa_2 = apply_2(a_2, torch.rand(...shape_2_9258));
const ob_2 = apply_2(b_2, torch.rand(2, 3, 2));
