// oracle: seed 25, open, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const apply_0 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const a_0 = new nn.LSTM(4, 2, { numLayers: 1 });
const b_0 = new nn.LSTM({ input_size: 3, hiddenSize: 2, num_layers: 2, batch_first: true, bidirectional: false });
const oa_0 = apply_0(a_0, torch.ones(3, 2, 4));
const ob_0 = apply_0(b_0, torch.zeros(3, 2, 3));

let feats_1 = 2;
for (let i = 0; i < 3; i++) feats_1 = feats_1 + 2;
const m_1 = new nn.GRU(feats_1, 4);
m_1.forward(torch.randn(2, 2, feats_1));

const rnn_2 = new nn.GRU(5, 7);
const cell_2 = new nn.GRUCell(5, 7);
const x_2 = torch.randn(4, 3, 5);
if (Date.now() < 0) {
  rnn_2.forward(torch.randn(2, 2, 6));
}
rnn_2.forward(x_2);
