# oracle: seed 112, closed, runs cleanly
import torch
from torch.nn import Dropout, Embedding, GRU, RNN

rnn_0 = GRU(input_size=7, hidden_size=3)
x_0 = torch.randn([5, 1, 7])
batch_0 = x_0.size(1)
h0_0 = torch.zeros(1, batch_0, 3)
out_0, hn_0 = rnn_0(x_0, h0_0)
assert out_0.dim() == 3

embed_1 = Embedding(15, 7)
drop_1 = Dropout()
rnn_1 = GRU(7, 2, batch_first=True)
tokens_1 = torch.randint(0, 15, (2, 5))
emb_1 = drop_1(embed_1(tokens_1))
out_1, h_1 = rnn_1(emb_1)

rnn_2 = GRU(3, 7, 3, True, True)
x_2 = torch.ones(3, 5, 3)
batch_2 = x_2.shape[0]
h0_2 = torch.zeros(3, batch_2, 7)
out_2, hn_2 = rnn_2(x_2, h0_2)
assert out_2.dim() == 3

rnn_3 = RNN(input_size=3, hidden_size=8, num_layers=2, dropout=0.5, bidirectional=True)
x_3 = torch.rand(1, 1, 3)
batch_3 = x_3.shape[0]
h0_3 = torch.zeros(4, batch_3, 8)
out_3, hn_3 = rnn_3(x_3, h0_3)

rnn_4 = GRU(3, 7, 3, dropout=0.1)
x_4 = torch.randn(4, 3)
out_4, _ = rnn_4(x_4)
