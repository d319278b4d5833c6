# oracle: seed 290, closed, runs cleanly
import torch

y_0 = torch.randn(1, 1, 3)
layers_0 = torch.nn.ModuleList([torch.nn.RNN(3, 3), torch.nn.RNN(3, 3)])
for layer in layers_0:
    y_0, _ = layer(y_0)

y_1 = torch.randn(4, 1, 3)
layers_1 = torch.nn.ModuleList([torch.nn.GRU(3, 2), torch.nn.GRU(2, 5)])
for layer in layers_1:
    y_1, _ = layer(y_1)

lstm_2 = torch.nn.LSTM(3, 6, 2)
out_2, (h_2, c_2) = lstm_2(torch.randn(2, 4, 3))
r_2_0 = out_2.permute(2, 0, 1)
r_2_1 = h_2[-1].unsqueeze(0).expand(2, -1, -1)

class Model_3(torch.nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super(Model_3, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = torch.nn.GRU(input_size, hidden_size, num_layers, batch_first=False, bidirectional=bidirectional, dropout=0.3)
        self.fc = torch.nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.shape[1])
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[-1, :, :])

model_3 = Model_3(5, 3, num_layers=2, bidirectional=True)
logits_3 = model_3(torch.ones(3, 2, 5))

embed_4 = torch.nn.Embedding(23, 8)
drop_4 = torch.nn.Dropout(0.1)
rnn_4 = torch.nn.GRU(8, 6, batch_first=True)
tokens_4 = torch.randint(0, 23, (1, 6))
emb_4 = drop_4(embed_4(tokens_4))
out_4, h_4 = rnn_4(emb_4)
