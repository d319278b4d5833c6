// oracle: seed 112, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const apply_0 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const { RNN: RNN_0a } = nn;
const a_0 = new RNN_0a(3, 7, { batchFirst: false });
const { RNN: RNN_0b } = nn;
const b_0 = new RNN_0b(2, 4, { num_layers: 1, batchFirst: true, bidirectional: true });
const oa_0 = apply_0(a_0, torch.zeros([3, 2, 3]));
const shape_0_5993 = [3, 2, 2];
const ob_0 = apply_0(b_0, torch.rand(...shape_0_5993));

const cfg_1 = { inputSize: 7, hiddenSize: 3, numLayers: 2 };
function setLayers_1(c: { numLayers: number }, n: number): void {
  c.numLayers = n;
}
setLayers_1(cfg_1, 1);
const m_1 = new nn.GRU(cfg_1);
const [o_1, h_1] = m_1.forward(torch.randn(4, 3, 7), torch.zeros(cfg_1.numLayers, 3, 3));

const m_2 = new nn.GRU(3, 4);
const [o_2] = m_2.forward(torch.randn(2, 3, 3));
const v_2 = o_2.view(6, 4);
const s_2 = torch.zeros(...v_2.shape);
