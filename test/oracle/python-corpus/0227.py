# oracle: seed 227, closed, runs cleanly
import torch
from torch.nn import GRU, GRUCell

def build_0():
    class nn:
        @staticmethod
        def GRU(*args, **kwargs):
            return lambda x, h=None: (x, h)
    return nn.GRU(5, 6)

fake_0 = build_0()
y_0, _ = fake_0(torch.randn(2, 3, 10), torch.zeros(9, 9))

gru_1 = GRU(3, 3)
x_1 = torch.randn(4, 3, 3)
cell_1 = GRUCell(3, 3)
if x_1.dim() == 3:
    out_1, _ = gru_1(x_1)
else:
    out_1 = cell_1(x_1)

rnn_2 = GRU(8, 8, num_layers=2, batch_first=True, dropout=0.5, bidirectional=True)
x_2 = torch.ones(3, 5, 8)
batch_2 = x_2.size()[0]
h0_2 = torch.zeros(4, batch_2, 8)
out_2, hn_2 = rnn_2(x_2, h0_2)

class Args_3:
    pass

args_3 = Args_3()
setattr(args_3, "hidden", 3)
rnn_3 = GRU(2, args_3.hidden)
out_3, h_3 = rnn_3(torch.randn(2, 2, 2), torch.zeros(1, 2, args_3.hidden))

rnn_4 = GRU(7, 4, num_layers=3, batch_first=False, bidirectional=False)
x_4 = torch.rand(3, 5, 7)
batch_4 = x_4.shape[1]
h0_4 = torch.zeros(3, batch_4, 4)
out_4, hn_4 = rnn_4(x_4, h0_4)
assert out_4.dim() == 3
