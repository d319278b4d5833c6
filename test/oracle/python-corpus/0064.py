# oracle: seed 64, closed, runs cleanly
import torch.nn

rnn_0 = torch.nn.RNN(input_size=9, hidden_size=9, num_layers=3, dropout=0.2, bidirectional=False)
x_0 = torch.randn(4, 9)
out_0, _ = rnn_0(x_0)

lstm_1 = torch.nn.LSTM(3, 3, 2)
out_1, (h_1, c_1) = lstm_1(torch.randn(3, 4, 3))
r_1_0 = out_1.permute(2, 0, 1)
r_1_1 = out_1.flatten(1)
r_1_2 = h_1[-1]
a_1, b_1 = out_1.chunk(2, dim=0)
