// oracle: seed 134, closed, runs cleanly
const { torch, nn } = require("rnnlens");

function apply_0(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const a_0 = new nn.LSTM(2, 8, { batch_first: true });
const b_0 = new nn.LSTM(7, 8, { bidirectional: true });
const shape_0_8479 = [2, 3, 2];
const oa_0 = apply_0(a_0, torch.rand(...shape_0_8479));
const ob_0 = apply_0(b_0, torch.rand(2, 3, 7));

const cfg_1 = { inputSize: 6, hiddenSize: 7, numLayers: 1 };
Object.assign(cfg_1, { numLayers: 2 });
const m_1 = new nn.GRU(cfg_1.inputSize, cfg_1.hiddenSize, cfg_1.numLayers);
const [o_1, h_1] = m_1.forward(torch.randn(4, 4, 6), torch.zeros(2, 4, 7));

const cell_2 = new nn.GRUCell(5, 5);
for (let e = 0; e < 2; e++) {
  let h = torch.zeros(2, 5);
  for (let t = 0; t < 1; t++) {
    h = cell_2.forward(torch.randn(2, 5), h);
  }
}
