# oracle: seed 171, closed, runs cleanly
import torch
from torch.nn import GRU
from torch.autograd import Variable

rnn_0 = GRU(5, 9)
x_0 = Variable(torch.randn(6, 1, 5))
out_0, h_0 = rnn_0(x_0)
n_0 = out_0.size(-1) * out_0.dim()

gru_1 = GRU(7, 6)
x_1 = torch.randn(4, 3, 7)
if x_1.size(-1) == 7:
    out_1, _ = gru_1(x_1)
else:
    out_1, _ = gru_1(torch.randn(2, 2, 8))
