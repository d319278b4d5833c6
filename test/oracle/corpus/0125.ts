// oracle: seed 125, closed, raises at 14: input.size(-1) must be equal to input_size. Expected 7, got 6
import rl from "rnnlens";

const rnn_0 = new rl.nn.GRU(3, 7);
const cell_0 = new rl.nn.GRUCell(3, 7);
const x_0 = rl.torch.randn(3, 3);
const deep_0 = new rl.nn.GRU(3, 7, 2);
if (2 > 1) {
  deep_0.forward(rl.torch.randn(2, 3, 3), rl.torch.zeros(2, 3, 7));
} else {
  deep_0.forward(rl.torch.randn(2, 3, 3), rl.torch.zeros(1, 3, 7));
}

const apply_1 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const args_1a: [number, number, number] = [5, 6, 2];
const a_1 = new rl.nn.LSTM(...args_1a);
const b_1 = new rl.nn.LSTM({ inputSize: 7, hidden_size: 9, batch_first: true, dropout: 0 });
const oa_1 = apply_1(a_1, rl.torch.ones(3, 2, 5));
const ob_1 = apply_1(b_1, rl.torch.rand(3, 2, 6));

const m_2 = new rl.nn.GRU(3, 5);
it("runs the layer", () => {
  m_2.forward(rl.torch.randn(2, 3, 3));
});
