// oracle: seed 350, closed, runs cleanly
import * as rl from "rnnlens";

const m_0 = new rl.nn.GRU(4, 4);
it("runs the layer", () => {
  m_0.forward(rl.torch.randn(2, 3, 4));
});

const m_1 = new rl.nn.LSTM(8, 6, { num_layers: 3, batchFirst: true });
const shape_1_5281 = [2, 1, 8];
const x_1 = rl.torch.randn(...shape_1_5281);
const [out_1, st_1] = m_1.forward(x_1, [rl.torch.rand([3, 2, 6]), rl.torch.ones(3, 2, 6)]);
const head_1 = new rl.nn.Linear(6, 4);
const y_1 = head_1.forward(out_1);
const last_1 = y_1.select(1, -1);

const m_2 = new rl.nn.GRU(3, 3);
Promise.resolve(rl.torch.randn(2, 3, 3)).then((x) => m_2.forward(x));
