// oracle: seed 328, closed, runs cleanly
import rl from "rnnlens";

const m_0 = new rl.nn.GRU(2, 5);
let w_0 = 3;
[1, 2].forEach(() => {
  w_0 = 2;
});
m_0.forward(rl.torch.randn(2, 3, w_0));
