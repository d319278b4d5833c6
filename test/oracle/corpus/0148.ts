// oracle: seed 148, closed, raises at 21: input.size(-1) must be equal to input_size. Expected 6, got 5
const { torch, nn } = require("rnnlens");

const rnn_0 = new nn.GRU(2, 2);
const cell_0 = new nn.GRUCell(2, 2);
const x_0 = torch.randn(3, 2);
const deep_0 = new nn.GRU(2, 2, 1);
if (1 > 1) {
  deep_0.forward(torch.randn(2, 3, 2), torch.zeros(2, 3, 2));
} else {
  deep_0.forward(torch.randn(2, 3, 2), torch.zeros(1, 3, 2));
}

const hp_1 = { inputSize: 8, hiddenSize: 2, numLayers: 1 };
const m_1 = new nn.GRU({ ...hp_1, numLayers: 1, batchFirst: false, bidirectional: false });
const x_1 = torch.ones(6, 2, 8);
const [out_1, st_1] = m_1.forward(x_1);
const n_1 = out_1.size(-1) * st_1.size(0);

const pair_2 = [new nn.GRU(5, 6), new nn.GRU(6, 6)];
pair_2[1].forward(torch.randn(2, 2, 5));
