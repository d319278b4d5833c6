# oracle: seed 183, closed, runs cleanly
import torch
import torch.nn as nn

rnn_0 = nn.RNN(input_size=5, hidden_size=9, num_layers=3, bias=False, bidirectional=True)
x_0 = torch.ones(4, 5, 5)
batch_0 = x_0.size()[1]
h0_0 = torch.zeros(6, batch_0, 9)
out_0, hn_0 = rnn_0(x_0, h0_0)
assert out_0.dim() == 3

def build_1():
    class nn:
        @staticmethod
        def GRU(*args, **kwargs):
            return lambda x, h=None: (x, h)
    return nn.GRU(5, 2)

fake_1 = build_1()
y_1, _ = fake_1(torch.randn(2, 3, 10), torch.zeros(9, 9))
