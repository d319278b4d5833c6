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
