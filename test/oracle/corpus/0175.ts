// oracle: seed 175, closed, raises at 12: input.size(-1) must be equal to input_size. Expected 8, got 16
const { torch, nn } = require("rnnlens");

let feats_0 = 2;
for (let i = 0; i < 0; i++) feats_0 = feats_0 + 1;
const m_0 = new nn.GRU(feats_0, 4);
m_0.forward(torch.randn(2, 2, feats_0));

const hp_1 = { inputSize: 8, hiddenSize: 5, numLayers: 3 };
const m_1 = new nn.GRU({ ...hp_1, numLayers: 3, batch_first: true });
const x_1 = torch.ones([2, 5, 16]);
const [out_1, st_1] = m_1.forward(x_1);
const head_1 = new nn.Linear(5, 4);
const y_1 = head_1.forward(out_1);
const last_1 = y_1.select(1, -1);
const n_1 = out_1.size(2) * st_1.size(0);

const { RNN: RNN_2 } = nn;
const m_2 = new RNN_2(3, 8, { batchFirst: true });
const x_2 = torch.ones([4, 4, 3]);
const [out_2, st_2] = m_2.forward(x_2);
