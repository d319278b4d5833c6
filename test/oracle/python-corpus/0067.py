# oracle: seed 67, closed, runs cleanly
import torch.nn

rnn_0 = torch.nn.RNN(input_size=8, hidden_size=4, num_layers=2, batch_first=True)
x_0 = torch.zeros([4, 1, 8])
batch_0 = x_0.size()[0]
h0_0 = torch.zeros(2, batch_0, 4)
out_0, hn_0 = rnn_0(x_0, h0_0)
assert out_0.dim() == 3

layer_1 = torch.nn.GRU(input_size=5, hidden_size=4, num_layers=1, dropout=0.0)
