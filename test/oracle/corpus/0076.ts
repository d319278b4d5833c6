// oracle: seed 76, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const m_0 = new nn.GRU(3, 6);
it("runs the layer", () => {
  m_0.forward(torch.randn(2, 3, 3));
});

const m_1 = new nn.GRU(3, 4);
const [o_1] = m_1.forward(torch.randn(3, 2, 3));
const v_1 = o_1.permute(1, 0, 2).view(2, 3, 4);
const s_1 = torch.zeros(...v_1.shape);

const m_2 = new nn.GRU(7, 4);
it("runs the layer", () => {
  m_2.forward(torch.randn(2, 3, 7));
});
