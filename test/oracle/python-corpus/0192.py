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

rnn_2 = nn.GRU(5, 8, num_layers=2, bidirectional=True)
x_2 = torch.randn(5, 5)
hx_2 = torch.zeros(4, 8)
out_2, _ = rnn_2(x_2, hx_2)

lstm_3 = nn.LSTM(3, 5, 1)
out_3, (h_3, c_3) = lstm_3(torch.randn(2, 3, 3))
r_3_0 = h_3[-1].unsqueeze(0).expand(2, -1, -1)
r_3_1 = out_3.flatten(0, 1)

rnn_4 = nn.LSTM(input_size=3, hidden_size=9, num_layers=3, dropout=0.1)
x_4 = torch.zeros([2, 5, 3])
batch_4 = x_4.shape[1]
h0_4 = torch.zeros(3, batch_4, 9)
c0_4 = torch.zeros(3, batch_4, 9)
out_4, (hn_4, cn_4) = rnn_4(x_4, (h0_4, c0_4))
