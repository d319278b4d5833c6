// oracle: seed 363, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const layers_0 = [new nn.RNN(3, 4), new nn.RNN(4, 3), new nn.RNN(3, 8)];
let y_0 = torch.randn(4, 3, 3);
for (let i = 0; i < layers_0.length; i++) {
  const [next] = layers_0[i].forward(y_0);
  y_0 = next;
}
const z_0 = new nn.Linear(8, 3).forward(y_0);

const m_1 = new nn.GRU(3, 4);
const [o_1] = m_1.forward(torch.randn(3, 3, 3));
const v_1 = o_1.view(9, 4);
const s_1 = torch.zeros(...v_1.shape);

const m_2 = new nn.GRU(5, 2);
it("runs the layer", () => {
  m_2.forward(torch.randn(2, 3, 5));
});
