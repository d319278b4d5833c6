# oracle: seed 114, closed, raises RuntimeError at line 9
import torch

embed_0 = torch.nn.Embedding(27, 5)
drop_0 = torch.nn.Dropout()
rnn_0 = torch.nn.LSTM(6, 5, batch_first=True)
tokens_0 = torch.tensor([[1, 2, 3], [4, 5, 26]])
emb_0 = drop_0(embed_0(tokens_0))
out_0, (h_0, c_0) = rnn_0(emb_0)

rnn_1 = torch.nn.GRU(input_size=4, hidden_size=6, num_layers=3, batch_first=True, bidirectional=True)
x_1 = torch.ones(5, 1, 4)
batch_1 = len(x_1)
h0_1 = torch.zeros(6, batch_1, 6)
out_1, hn_1 = rnn_1(x_1, h0_1)
assert out_1.dim() == 3
