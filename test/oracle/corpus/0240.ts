// oracle: seed 240, closed, raises at 7: input.size(-1) must be equal to input_size. Expected 4, got 6
import * as rl from "rnnlens";
const { torch, nn } = rl;

const m_0 = new nn.LSTM({ inputSize: 4, hidden_size: 4, numLayers: 1, batch_first: true });
const x_0 = torch.ones(1, 6, 6);
const [out_0, st_0] = m_0.forward(x_0);
const head_0 = new nn.Linear(4, 5);
const y_0 = head_0.forward(out_0);

const rnn_1 = new nn.GRU(7, 3);
const cell_1 = new nn.GRUCell(7, 3);
const x_1 = torch.randn(4, 3, 7);
let r_1;
if (x_1.dim() === 3) {
  [r_1] = rnn_1.forward(x_1);
} else {
  r_1 = cell_1.forward(x_1);
}

const m_2 = new nn.GRU(3, 4);
Promise.resolve(torch.randn(2, 3, 3)).then((x) => m_2.forward(x));
