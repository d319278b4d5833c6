// oracle: seed 84, closed, raises at 6: input.size(-1) must be equal to input_size. Expected 5, got 7
import * as rl from "rnnlens";
const { torch, nn } = rl;

const m_0 = new nn.GRU(5, 5);
Promise.resolve(torch.randn(2, 3, 7)).then((x) => m_0.forward(x));

const rnn_1 = new nn.GRU(4, 7);
const cell_1 = new nn.GRUCell(4, 7);
const x_1 = torch.randn(4, 3, 4);
const deep_1 = new nn.GRU(4, 7, 2);
if (2 > 1) {
  deep_1.forward(torch.randn(2, 3, 4), torch.zeros(2, 3, 7));
} else {
  deep_1.forward(torch.randn(2, 3, 4), torch.zeros(1, 3, 7));
}
