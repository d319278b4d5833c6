# oracle: seed 192, closed, runs cleanly
import torch
import torch.nn as nn

rnn_0 = nn.LSTM(7, 8, 1, True, False)
x_0 = torch.randn(1, 7)
hx_0 = (torch.zeros(1, 8), torch.zeros(1, 8))
out_0, _ = rnn_0(x_0, hx_0)

def build_1():
    class nn:
        @staticmethod
        def GRU(*args, **kwargs):
            return lambda x, h=None: (x, h)
    return nn.GRU(5, 4)

fake_1 = build_1()
y_1, _ = fake_1(torch.randn(2, 3, 10), torch.zeros(9, 9))
