# oracle: seed 210, closed, raises RuntimeError at line 28
import torch.nn

rnn_0 = torch.nn.GRU(2, 7, batch_first=True, dropout=0.1)
x_0 = torch.rand((4, 5, 2))
hidden_0 = torch.randn([1, 4, 7])
out_0, h_0 = rnn_0(x_0, hidden_0)
fc_0 = torch.nn.Linear(7, 4)
logits_0 = fc_0(h_0[-1])

rnn_1 = torch.nn.LSTM(input_size=5, hidden_size=8, bidirectional=True)
x_1 = torch.rand(6, 4, 5)
out_1, (h_1, _) = rnn_1(x_1)
both_1 = torch.cat((h_1[-2], h_1[-1]), dim=1)
fc_1 = torch.nn.Linear(16, 2)
logits_1 = fc_1(both_1)

embed_2 = torch.nn.Embedding(27, 3)
drop_2 = torch.nn.Dropout()
rnn_2 = torch.nn.GRU(3, 4, batch_first=True)
tokens_2 = torch.tensor([[1, 2, 3], [4, 5, 26]])
emb_2 = drop_2(embed_2(tokens_2))
out_2, h_2 = rnn_2(emb_2)

rnn_3 = torch.nn.RNN(6, 7, 2, batch_first=False, dropout=0.5)
x_3 = torch.randn(3, 6)
out_3, _ = rnn_3(x_3)
y_3 = out_3[-1].view(9)
