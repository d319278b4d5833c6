# oracle: seed 58, closed, raises IndexError at line 7
import torch

lstm_0 = torch.nn.LSTM(3, 4, 1)
out_0, (h_0, c_0) = lstm_0(torch.randn(2, 4, 3))
r_0_0 = h_0[-2:]
r_0_1 = torch.cat([h_0, c_0], dim=3)
r_0_2 = h_0[-1]
r_0_3 = len(out_0)

rnn_1 = torch.nn.RNN(input_size=3, hidden_size=7, num_layers=1)
x_1 = torch.zeros(1, 2, 3)
batch_1 = x_1.shape[1]
h0_1 = torch.zeros(1, batch_1, 7)
out_1, hn_1 = rnn_1(x_1, h0_1)
assert out_1.dim() == 3
